import type { SVGProps } from 'react';

/** 대시보드: three bars and a baseline, drawn like components/icons.tsx (24×24, Tabler-style). */
export function DashboardIcon({ size = 18, ...props }: SVGProps<SVGSVGElement> & { size?: number }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" {...props}>
      <path d="M3 20h18" />
      <path d="M6 16v-5M11 16V6M16 16v-8M20 16v-3" />
    </svg>
  );
}
