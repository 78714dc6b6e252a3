import type { FormDefinition, FormField } from '../applications/application-form.rules';

/**
 * Forms to start from. Their content is form text that the staff then edit (Korean first, with
 * English where an applicant may read it in English); only the builder around them is translated.
 */
type FormTemplate = { id: 'startup' | 'event'; definition: FormDefinition };

type Column = NonNullable<FormField['columns']>[number];
// As written here: `required` only where it is true.
type TemplateField = Omit<FormField, 'required' | 'columns'> & { required?: boolean; columns?: (Omit<Column, 'required'> & { required?: boolean })[] };
type Template = { sections: (Omit<FormDefinition['sections'][number], 'fields'> & { fields: TemplateField[] })[] };

const complete = (t: Template): FormDefinition => ({
  sections: t.sections.map((s) => ({
    ...s,
    fields: s.fields.map(({ columns, ...f }) => ({ ...f, required: f.required ?? false, ...(columns ? { columns: columns.map((c) => ({ ...c, required: c.required ?? false })) } : {}) })),
  })),
});

const docs: FormField['accept'] = ['pdf', 'hwp', 'hwpx', 'docx'];

const startup: Template = {
  sections: [
    {
      title: { ko: '기업 개요', en: 'Company overview' },
      description: { ko: '사업자등록 전인 예비창업자는 기업명에 팀 이름을 적고 사업자등록번호는 비워 두세요.', en: 'Prospective founders: give your team name and leave the registration number empty.' },
      fields: [
        { key: 'companyName', type: 'text', label: { ko: '기업(팀)명', en: 'Company or team name' }, required: true, maxLength: 100 },
        { key: 'businessType', type: 'choice', label: { ko: '사업자 구분', en: 'Business type' }, required: true, options: [
          { value: 'prospective', label: { ko: '예비창업자', en: 'Prospective founder' } },
          { value: 'sole', label: { ko: '개인사업자', en: 'Sole proprietor' } },
          { value: 'corporation', label: { ko: '법인사업자', en: 'Corporation' } },
        ] },
        { key: 'brn', type: 'text', label: { ko: '사업자등록번호', en: 'Business registration number' }, help: { ko: '123-45-67890 형식', en: 'As 123-45-67890' }, required: true, maxLength: 12, showIf: { field: 'businessType', equals: ['sole', 'corporation'] } },
        { key: 'foundedOn', type: 'date', label: { ko: '설립일(개업일)', en: 'Founded on' }, required: true, showIf: { field: 'businessType', equals: ['sole', 'corporation'] } },
        { key: 'address', type: 'text', label: { ko: '소재지', en: 'Address' }, required: true, maxLength: 200 },
        { key: 'employees', type: 'number', label: { ko: '상시 근로자 수 (명)', en: 'Employees' }, min: 0, max: 10000 },
      ],
    },
    {
      title: { ko: '대표자', en: 'Representative' },
      fields: [
        { key: 'ceoName', type: 'text', label: { ko: '대표자 성명', en: 'Name' }, required: true, maxLength: 50 },
        { key: 'ceoPhone', type: 'text', label: { ko: '휴대전화', en: 'Mobile phone' }, required: true, maxLength: 20 },
        { key: 'ceoEmail', type: 'text', label: { ko: '이메일', en: 'Email' }, required: true, maxLength: 100 },
        { key: 'ceoCareer', type: 'textarea', label: { ko: '주요 경력', en: 'Career' }, help: { ko: '창업 아이템과 관련된 경력을 중심으로 적어 주세요.', en: 'Mainly the experience related to your business item.' }, maxLength: 1000 },
      ],
    },
    {
      title: { ko: '사업 계획', en: 'Business plan' },
      fields: [
        { key: 'item', type: 'textarea', label: { ko: '사업 아이템 요약', en: 'Business item' }, help: { ko: '무엇을, 누구에게, 어떻게 파는지 적어 주세요.', en: 'What you sell, to whom and how.' }, required: true, minLength: 50, maxLength: 1000 },
        { key: 'market', type: 'textarea', label: { ko: '목표 시장과 경쟁 현황', en: 'Target market and competition' }, required: true, maxLength: 2000 },
        { key: 'stage', type: 'choice', label: { ko: '성장 단계', en: 'Stage' }, required: true, options: [
          { value: 'idea', label: { ko: '아이디어', en: 'Idea' } },
          { value: 'prototype', label: { ko: '시제품', en: 'Prototype' } },
          { value: 'selling', label: { ko: '판매 중', en: 'Selling' } },
          { value: 'scaling', label: { ko: '투자 유치·확장', en: 'Raising and scaling' } },
        ] },
        { key: 'hasPatent', type: 'yesNo', label: { ko: '보유한 특허·지식재산권이 있습니까?', en: 'Do you hold patents or other IP?' }, required: true },
        { key: 'patentCount', type: 'number', label: { ko: '특허·지식재산권 건수', en: 'Number of patents and IP rights' }, required: true, min: 1, max: 1000, showIf: { field: 'hasPatent', equals: true } },
        { key: 'funding', type: 'amount', label: { ko: '희망 지원금 (원)', en: 'Funding asked (KRW)' }, max: 100_000_000 },
      ],
    },
    {
      title: { ko: '팀 구성', en: 'Team' },
      fields: [
        { key: 'team', type: 'table', label: { ko: '대표자를 뺀 팀원', en: 'Team members besides the representative' }, maxRows: 10, columns: [
          { key: 'name', label: { ko: '성명', en: 'Name' }, type: 'text', required: true },
          { key: 'role', label: { ko: '직위·담당 업무', en: 'Role' }, type: 'text', required: true },
          { key: 'career', label: { ko: '주요 경력', en: 'Career' }, type: 'text' },
          { key: 'joinedOn', label: { ko: '합류일', en: 'Joined on' }, type: 'date' },
        ] },
      ],
    },
    {
      title: { ko: '매출 실적', en: 'Sales' },
      description: { ko: '최근 3년. 매출이 없으면 비워 두세요.', en: 'The last three years; leave empty without sales.' },
      fields: [
        { key: 'sales', type: 'table', label: { ko: '연도별 매출', en: 'Sales by year' }, maxRows: 3, columns: [
          { key: 'year', label: { ko: '연도', en: 'Year' }, type: 'number', required: true },
          { key: 'revenue', label: { ko: '매출액 (원)', en: 'Revenue (KRW)' }, type: 'amount', required: true },
          { key: 'exports', label: { ko: '수출액 (원)', en: 'Exports (KRW)' }, type: 'amount' },
        ] },
      ],
    },
    {
      title: { ko: '첨부 서류', en: 'Documents' },
      fields: [
        { key: 'businessPlan', type: 'file', label: { ko: '사업계획서', en: 'Business plan' }, help: { ko: '센터 양식으로 작성해 주세요.', en: "In the center's template." }, required: true, accept: docs, maxSizeMb: 20 },
        { key: 'registration', type: 'file', label: { ko: '사업자등록증 사본', en: 'Business registration certificate' }, required: true, accept: ['pdf', 'jpg', 'png'], maxSizeMb: 10, showIf: { field: 'businessType', equals: ['sole', 'corporation'] } },
        { key: 'extras', type: 'file', label: { ko: '기타 증빙 (특허증, 수상 실적 등)', en: 'Other evidence (patents, awards …)' }, accept: ['pdf', 'jpg', 'png', 'zip'], maxSizeMb: 50 },
      ],
    },
  ],
};

const event: Template = {
  sections: [
    {
      title: { ko: '참가자 정보', en: 'Participant' },
      fields: [
        { key: 'name', type: 'text', label: { ko: '성명', en: 'Name' }, required: true, maxLength: 50 },
        { key: 'organization', type: 'text', label: { ko: '소속 기업·기관', en: 'Company or institution' }, required: true, maxLength: 100 },
        { key: 'position', type: 'text', label: { ko: '직위', en: 'Position' }, maxLength: 50 },
        { key: 'phone', type: 'text', label: { ko: '휴대전화', en: 'Mobile phone' }, required: true, maxLength: 20 },
        { key: 'email', type: 'text', label: { ko: '이메일', en: 'Email' }, required: true, maxLength: 100 },
      ],
    },
    {
      title: { ko: '참가 내용', en: 'Attendance' },
      fields: [
        { key: 'interests', type: 'multiChoice', label: { ko: '관심 분야', en: 'Interests' }, maxSelections: 3, options: [
          { value: 'logistics', label: { ko: '스마트 물류', en: 'Smart logistics' } },
          { value: 'export', label: { ko: '수출·해외 진출', en: 'Export' } },
          { value: 'investment', label: { ko: '투자 유치', en: 'Investment' } },
          { value: 'rnd', label: { ko: 'R&D·기술이전', en: 'R&D and technology transfer' } },
        ] },
        { key: 'consulting', type: 'yesNo', label: { ko: '현장 1:1 상담을 원하십니까?', en: 'Would you like a one-to-one consultation on site?' }, required: true },
        { key: 'question', type: 'textarea', label: { ko: '상담받고 싶은 내용', en: 'What to discuss' }, maxLength: 1000, showIf: { field: 'consulting', equals: true } },
      ],
    },
  ],
};

export const formTemplates: FormTemplate[] = [
  { id: 'startup', definition: complete(startup) },
  { id: 'event', definition: complete(event) },
];
