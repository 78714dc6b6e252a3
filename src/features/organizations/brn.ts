/**
 * Business registration numbers (사업자등록번호): ten digits, 123-45-67890, the last a check
 * digit over the first nine with weights 1 3 7 1 3 7 1 3 5, plus the carry of the ninth × 5.
 */
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5];

export function brnDigits(input: string): string | undefined {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) ? digits : undefined;
}

export function brnCheckDigit(first9: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * WEIGHTS[i]!;
  sum += Math.floor((Number(first9[8]) * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

export function isValidBrn(digits: string): boolean {
  return /^\d{10}$/.test(digits) && brnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

export function formatBrn(digits: string): string {
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
}

/** Completes nine digits with their check digit (for demo data and tests). */
export function withCheckDigit(first9: string): string {
  return first9 + String(brnCheckDigit(first9));
}
