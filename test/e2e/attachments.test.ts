import { describe, expect, it } from 'vitest';
import { demoCalls } from '../../src/features/demo/demo.programs.ts';
import { shot } from './server.ts';
import { signIn, useBrowserFlows } from './flows.ts';

// A call's own files (공고문): the 인천 manager attaches one on the call page and sees a wrong
// file refused; a visitor who never signs in downloads it from the public page.
const flows = useBrowserFlows();

const open = demoCalls.find((c) => c.opensInDays < 0 && c.closesInDays > 0)!;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('call attachments', () => {
  it('the manager attaches the announcement; an anonymous visitor downloads it', async () => {
    const { context, page } = await flows.newPage();
    await page.goto(`${flows.baseUrl}/calls`);
    await page.getByTestId('call-row').filter({ hasText: open.title }).getByRole('link', { name: open.title }).click();
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    const callUrl = page.url();
    // Nothing attached yet: a visitor sees no attachment card at all.
    expect(await page.getByTestId('call-attachments').count()).toBe(0);
    await context.close();

    const staff = await flows.newPage();
    await staff.page.goto(flows.baseUrl);
    await signIn(staff.page, 'incheon.manager@innohub.kr');
    await staff.page.goto(callUrl);
    const card = staff.page.getByTestId('call-attachments');
    await card.getByText('첨부된 파일이 없습니다.', { exact: false }).waitFor();
    const chooser = staff.page.waitForEvent('filechooser');
    await card.getByRole('button', { name: '파일 첨부' }).click();
    await (await chooser).setFiles({ name: '2026 공고문.pdf', mimeType: 'application/pdf', buffer: PDF });
    await card.getByRole('link', { name: '2026 공고문.pdf' }).waitFor();
    const wrong = staff.page.waitForEvent('filechooser');
    await card.getByRole('button', { name: '파일 첨부' }).click();
    await (await wrong).setFiles({ name: '신청서식.hwp', mimeType: 'application/x-hwp', buffer: Buffer.from('not really a hwp') });
    await card.getByRole('alert').filter({ hasText: '첨부파일' }).waitFor();
    await staff.page.screenshot({ path: shot('98-call-attachments') });
    await staff.context.close();

    const visitor = await flows.newPage();
    await visitor.page.goto(callUrl);
    const link = visitor.page.getByTestId('call-attachments').getByRole('link', { name: '2026 공고문.pdf' });
    const download = visitor.page.waitForEvent('download');
    await link.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('2026 공고문.pdf');
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(PDF)).toBe(true);
    await visitor.context.close();
  });
});
