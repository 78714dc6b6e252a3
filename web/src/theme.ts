import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm institutional blue; Pretendard or the system's Korean UI font first.
const brand: MantineColorsTuple = ['#eaf2ff', '#d4e2fb', '#a7c2f2', '#77a0ea', '#4f83e3', '#3671df', '#2867de', '#1a57c6', '#0f4db2', '#00429e'];

export const theme = createTheme({
  primaryColor: 'brand',
  colors: { brand },
  fontFamily:
    'Pretendard, "Pretendard Variable", -apple-system, BlinkMacSystemFont, "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Table: { defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md' } },
    // Codes and names in badges read better as written (Hanjin, not HANJIN).
    Badge: { styles: { root: { textTransform: 'none' } } },
  },
});
