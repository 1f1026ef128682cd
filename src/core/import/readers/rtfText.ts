import iconv from 'iconv-lite';

// Destinations whose text is not document text (tables of fonts, colours, styles, pictures,
// running heads, field instructions, embedded objects …).
const SKIP = new Set(
  'fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl generator filetbl pgdsctbl themedata colorschememapping latentstyles datastore xmlnstbl pict object objdata header headerl headerr headerf footer footerl footerr footerf fldinst bkmkstart bkmkend footnote annotation atnid atnauthor private nonshppict shppict sp sn sv mmathPr wgrffmtfilter fchars lchars ftnsep ftnsepc ftncn aftnsep aftnsepc aftncn background'.split(
    ' ',
  ),
);
const INFO_FIELDS = new Set(['title', 'author', 'subject', 'company', 'operator', 'keywords', 'doccomm']);
// \fcharset → code page, for \'hh bytes in fonts of other scripts.
const CHARSET_CODEPAGE: Record<number, string> = {
  0: '',
  161: 'windows-1253',
  162: 'windows-1254',
  177: 'windows-1255',
  178: 'windows-1256',
  186: 'windows-1257',
  204: 'windows-1251',
  238: 'windows-1250',
  222: 'windows-874',
  128: 'shift_jis',
  134: 'gbk',
  136: 'big5',
  129: 'cp949',
};

interface GroupState {
  skip: boolean;
  uc: number;
  font: number;
  info: string | null;
  fontTable: boolean;
}

/** The paragraphs and document properties of an RTF file. */
export interface RtfContent {
  paragraphs: Array<{ text: string; heading: boolean }>;
  info: Record<string, string>;
}

/**
 * Reads RTF into paragraphs: control words for paragraphs, line breaks, tabs and table cells;
 * `\'hh` bytes in the document's code page or the current font's charset; `\uN` Unicode with its
 * fallback skipped; font tables, pictures, headers and field instructions left out; `\outlinelevel`
 * paragraphs as headings; title and author from `\info`. A small reader rather than a library:
 * the RTF packages on npm are unmaintained, and text is all Lectern needs.
 */
export function rtfText(source: string): RtfContent {
  const paragraphs: RtfContent['paragraphs'] = [];
  const info: Record<string, string> = {};
  const fontCodepage = new Map<number, string>();
  let documentCodepage = 'windows-1252';
  let state: GroupState = { skip: false, uc: 1, font: 0, info: null, fontTable: false };
  const stack: GroupState[] = [];
  let text = '';
  let heading = false;
  let bytes: number[] = [];
  let skipChars = 0;
  let fontDefinition: { number: number; charset: number } | null = null;

  const codepage = () => fontCodepage.get(state.font) || documentCodepage;
  const flushBytes = () => {
    if (bytes.length === 0) return;
    const decoded = iconv.decode(
      Buffer.from(bytes),
      iconv.encodingExists(codepage()) ? codepage() : 'windows-1252',
    );
    bytes = [];
    emit(decoded);
  };
  const emit = (chunk: string) => {
    if (state.info) info[state.info] = (info[state.info] ?? '') + chunk;
    else if (!state.skip) text += chunk;
  };
  const endParagraph = () => {
    flushBytes();
    const cleaned = text
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (cleaned) paragraphs.push({ text: cleaned, heading });
    text = '';
  };

  let i = 0;
  const length = source.length;
  while (i < length) {
    const char = source[i]!;
    if (char === '{') {
      flushBytes();
      stack.push(state);
      state = { ...state };
      i++;
      continue;
    }
    if (char === '}') {
      flushBytes();
      if (state.fontTable && fontDefinition) {
        const page = CHARSET_CODEPAGE[fontDefinition.charset];
        if (page) fontCodepage.set(fontDefinition.number, page);
        fontDefinition = null;
      }
      state = stack.pop() ?? state;
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      i++;
      continue;
    }
    if (char !== '\\') {
      if (skipChars > 0) skipChars--;
      else {
        flushBytes();
        emit(char);
      }
      i++;
      continue;
    }
    // A control symbol or word.
    const next = source[i + 1];
    if (next === undefined) break;
    if (next === "'") {
      const byte = parseInt(source.slice(i + 2, i + 4), 16);
      i += 4;
      if (skipChars > 0) skipChars--;
      else if (Number.isFinite(byte)) bytes.push(byte);
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      i += 2;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      flushBytes();
      if (next === '*') state.skip = true;
      else if (next === '~') emit('\u00a0');
      else if (next === '_') emit('\u2011');
      else if (next === '\\' || next === '{' || next === '}') emit(next);
      else if (next === '\n' || next === '\r') endParagraph();
      continue;
    }
    const match = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(source.slice(i + 1, i + 48))!;
    const word = match[1]!;
    const param = match[2] === undefined ? null : Number(match[2]);
    i += 1 + match[0].length;
    if (word === 'bin' && param !== null) {
      i += Math.max(0, param);
      continue;
    }
    if (skipChars > 0 && word !== 'u') {
      skipChars--;
      continue;
    }
    switch (word) {
      case 'ansicpg':
        if (param) documentCodepage = param === 65001 ? 'utf-8' : `windows-${param}`;
        if (param === 10000) documentCodepage = 'macintosh';
        if (param === 437 || param === 850 || param === 866) documentCodepage = `cp${param}`;
        break;
      case 'mac':
        documentCodepage = 'macintosh';
        break;
      case 'uc':
        state.uc = param ?? 1;
        break;
      case 'u': {
        flushBytes();
        const code = param === null ? 0xfffd : param < 0 ? param + 65536 : param;
        emit(String.fromCharCode(code));
        skipChars = state.uc;
        break;
      }
      case 'f':
        if (state.fontTable) fontDefinition = { number: param ?? 0, charset: 0 };
        else {
          flushBytes();
          state.font = param ?? 0;
        }
        break;
      case 'fcharset':
        if (fontDefinition) fontDefinition.charset = param ?? 0;
        break;
      case 'fonttbl':
        state.fontTable = true;
        state.skip = true;
        break;
      case 'info':
        state.skip = true;
        break;
      case 'par':
      case 'sect':
      case 'page':
      case 'row':
        if (!state.skip && !state.info) endParagraph();
        break;
      case 'pard':
        flushBytes();
        heading = false;
        break;
      case 'outlinelevel':
        heading = (param ?? 9) <= 5;
        break;
      case 'line':
        emit('\n');
        break;
      case 'tab':
      case 'cell':
        emit(' ');
        break;
      case 'emdash':
        emit('—');
        break;
      case 'endash':
        emit('–');
        break;
      case 'lquote':
        emit('‘');
        break;
      case 'rquote':
        emit('’');
        break;
      case 'ldblquote':
        emit('“');
        break;
      case 'rdblquote':
        emit('”');
        break;
      case 'bullet':
        emit('•');
        break;
      default:
        if (INFO_FIELDS.has(word) && stack.length >= 2) {
          flushBytes();
          state.info = word;
          state.skip = false;
        } else if (SKIP.has(word)) state.skip = true;
    }
  }
  endParagraph();
  for (const key of Object.keys(info)) info[key] = info[key]!.replace(/\s+/g, ' ').trim();
  return { paragraphs, info };
}
