import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the elements it renders; editor.css styles them. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-p',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3', h4: 'ed-h4', h5: 'ed-h5', h6: 'ed-h6' },
  quote: 'ed-quote',
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    listitemChecked: 'ed-li-checked',
    listitemUnchecked: 'ed-li-unchecked',
    nested: { listitem: 'ed-li-nested' },
    checklist: 'ed-checklist',
  },
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    underlineStrikethrough: 'ed-underline-strike',
    code: 'ed-code',
    highlight: 'ed-highlight',
  },
  link: 'ed-link',
  code: 'ed-codeblock',
  table: 'ed-table',
  tableRow: 'ed-tr',
  tableCell: 'ed-td',
  tableCellHeader: 'ed-th',
  tableSelection: 'ed-table-selection',
  tableCellSelected: 'ed-td-selected',
  hr: 'ed-hr',
  hrSelected: 'ed-hr-selected',
};
