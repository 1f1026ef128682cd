import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { LecternError } from '../../shared/errors';
import { normalizeGuid } from './guid';

export interface QdeCode {
  guid: string;
  name: string;
  color: string | null;
  description: string;
  noteRefs: string[];
  children: QdeCode[];
}

export interface QdeCoding {
  codeRef: string | null;
  user: string | null;
}

export interface QdeSelection {
  guid: string;
  start: number;
  end: number;
  description: string;
  codings: QdeCoding[];
  noteRefs: string[];
  user: string | null;
  created: string | null;
  modified: string | null;
}

export interface QdeVariableValue {
  variable: string | null;
  value: string | null;
}

export interface QdeSource {
  guid: string;
  name: string;
  /** TextSource, PDFSource, PictureSource …: only text sources (and PDFs with a text representation) are read. */
  element: string;
  plainTextPath: string | null;
  plainTextContent: string | null;
  selections: QdeSelection[];
  /** Codings of the whole source (not of a selection). */
  codings: QdeCoding[];
  noteRefs: string[];
  variables: QdeVariableValue[];
  description: string;
  created: string | null;
}

export interface QdeNote {
  guid: string;
  name: string;
  plainTextPath: string | null;
  plainTextContent: string | null;
  created: string | null;
  modified: string | null;
}

export interface QdeCase {
  guid: string;
  name: string;
  variables: QdeVariableValue[];
  selectionRefs: string[];
  sourceRefs: string[];
}

export interface QdeProject {
  name: string;
  origin: string;
  creatingUser: string | null;
  users: Array<{ guid: string; name: string }>;
  codes: QdeCode[];
  variables: Array<{ guid: string; name: string }>;
  cases: QdeCase[];
  sources: QdeSource[];
  notes: QdeNote[];
  /** Elements present that Lectern does not carry over (Sets, Links, Graphs), with counts. */
  unsupported: Record<string, number>;
  /** Elements dropped while reading because they lacked what they need (a GUID, positions), with why. */
  dropped: string[];
}

type XmlNode = Record<string, unknown>;

// Made on first use: the CLI bundle loads fast-xml-parser only for an import of REFI-QDA files.
let parser: XMLParser | undefined;
const makeParser = () =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    // Numeric character references (&#13;, &#x1F600;) are decoded only with this on.
    htmlEntities: true,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });

/**
 * Reads a REFI-QDA project.qde (or a codebook .qdc, whose <CodeBook> root holds the same <Codes>)
 * into plain objects, leniently: GUIDs in braces or any case, missing colours and names, memos in
 * <Description>. Malformed XML is an error; an element missing what it needs is dropped and said.
 */
export function parseQde(xml: string, label: string): QdeProject {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new LecternError(
      'invalid-argument',
      `${label} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}). Nothing was imported; export the project again from the other program.`,
    );
  }
  const doc = (parser ??= makeParser()).parse(xml) as XmlNode;
  const project = first(doc, 'Project');
  const codebook = first(doc, 'CodeBook');
  if (!project && !codebook) {
    throw new LecternError(
      'invalid-argument',
      `${label} is XML but not a REFI-QDA project or codebook (its root element is not <Project> or <CodeBook>). Nothing was imported.`,
    );
  }
  const dropped: string[] = [];
  const guidOf = (node: XmlNode, what: string): string | null => {
    const guid = normalizeGuid(node['@guid']);
    if (!guid) dropped.push(`${what} "${attr(node, 'name') ?? '?'}" has no valid GUID`);
    return guid;
  };
  const refs = (node: XmlNode, name: string): string[] =>
    children(node, name).flatMap((ref) => {
      const guid = normalizeGuid(ref['@targetGUID']);
      return guid ? [guid] : [];
    });
  const codings = (node: XmlNode): QdeCoding[] =>
    children(node, 'Coding').map((coding) => ({
      codeRef: normalizeGuid(first(coding, 'CodeRef')?.['@targetGUID']),
      user: normalizeGuid(coding['@creatingUser']),
    }));
  const variableValues = (node: XmlNode): QdeVariableValue[] =>
    children(node, 'VariableValue').map((value) => {
      const literal = [
        'TextValue',
        'BooleanValue',
        'IntegerValue',
        'FloatValue',
        'DateValue',
        'DateTimeValue',
      ]
        .map((name) => textOf(first(value, name)))
        .find((text) => text !== null);
      return {
        variable: normalizeGuid(first(value, 'VariableRef')?.['@targetGUID']),
        value: literal ?? null,
      };
    });
  const readCode = (node: XmlNode): QdeCode | null => {
    const guid = guidOf(node, 'Code');
    if (!guid) return null;
    return {
      guid,
      name: attr(node, 'name')?.trim() || 'Unnamed code',
      color: attr(node, 'color'),
      description: textOf(first(node, 'Description')) ?? '',
      noteRefs: refs(node, 'NoteRef'),
      children: children(node, 'Code').flatMap((child) => readCode(child) ?? []),
    };
  };
  const root = (project ?? codebook)!;
  const codes = children(first(first(root, 'CodeBook') ?? root, 'Codes') ?? {}, 'Code').flatMap(
    (code) => readCode(code) ?? [],
  );

  const sources: QdeSource[] = [];
  const sourcesNode = first(root, 'Sources');
  for (const element of ['TextSource', 'PDFSource', 'PictureSource', 'AudioSource', 'VideoSource']) {
    for (const node of children(sourcesNode ?? {}, element)) {
      const guid = guidOf(node, element);
      if (!guid) continue;
      // A PDF's text, where the other program extracted it, is its <Representation>.
      const textNode = element === 'PDFSource' ? first(node, 'Representation') : node;
      const selections: QdeSelection[] = [];
      for (const selection of children(textNode ?? {}, 'PlainTextSelection')) {
        const sguid = guidOf(selection, 'Selection');
        if (!sguid) continue;
        const start = Number(attr(selection, 'startPosition'));
        const end = Number(attr(selection, 'endPosition'));
        if (!Number.isInteger(start) || !Number.isInteger(end)) {
          dropped.push(`a selection in "${attr(node, 'name') ?? guid}" has no whole-number start and end`);
          continue;
        }
        selections.push({
          guid: sguid,
          start,
          end,
          description: textOf(first(selection, 'Description')) ?? '',
          codings: codings(selection),
          noteRefs: refs(selection, 'NoteRef'),
          user: normalizeGuid(selection['@creatingUser']),
          created: attr(selection, 'creationDateTime'),
          modified: attr(selection, 'modifiedDateTime'),
        });
      }
      sources.push({
        guid,
        name: attr(node, 'name')?.trim() || attr(textNode ?? {}, 'name')?.trim() || 'Untitled source',
        element,
        plainTextPath: attr(textNode ?? {}, 'plainTextPath'),
        plainTextContent: textOf(first(textNode ?? {}, 'PlainTextContent')),
        selections,
        codings: codings(node),
        noteRefs: refs(node, 'NoteRef'),
        variables: variableValues(node),
        description: textOf(first(node, 'Description')) ?? '',
        created: attr(node, 'creationDateTime'),
      });
    }
  }

  const notes = children(first(root, 'Notes') ?? {}, 'Note').flatMap((node) => {
    const guid = guidOf(node, 'Note');
    if (!guid) return [];
    return [
      {
        guid,
        name: attr(node, 'name')?.trim() || 'Untitled note',
        plainTextPath: attr(node, 'plainTextPath'),
        plainTextContent: textOf(first(node, 'PlainTextContent')),
        created: attr(node, 'creationDateTime'),
        modified: attr(node, 'modifiedDateTime'),
      },
    ];
  });
  const cases = children(first(root, 'Cases') ?? {}, 'Case').flatMap((node) => {
    const guid = guidOf(node, 'Case');
    if (!guid) return [];
    return [
      {
        guid,
        name: attr(node, 'name')?.trim() || '',
        variables: variableValues(node),
        selectionRefs: refs(node, 'SelectionRef'),
        sourceRefs: refs(node, 'SourceRef'),
      },
    ];
  });
  const unsupported: Record<string, number> = {};
  for (const [container, element] of [
    ['Sets', 'Set'],
    ['Links', 'Link'],
    ['Graphs', 'Graph'],
  ] as const) {
    const count = children(first(root, container) ?? {}, element).length;
    if (count > 0) unsupported[element] = count;
  }
  return {
    name: attr(root, 'name') ?? '',
    origin: attr(root, 'origin') ?? '',
    creatingUser: normalizeGuid(root['@creatingUserGUID']),
    users: children(first(root, 'Users') ?? {}, 'User').flatMap((user) => {
      const guid = normalizeGuid(user['@guid']);
      return guid ? [{ guid, name: attr(user, 'name')?.trim() || attr(user, 'id') || 'Unnamed coder' }] : [];
    }),
    codes,
    variables: children(first(root, 'Variables') ?? {}, 'Variable').flatMap((node) => {
      const guid = normalizeGuid(node['@guid']);
      return guid ? [{ guid, name: attr(node, 'name') ?? '' }] : [];
    }),
    cases,
    sources,
    notes,
    unsupported,
    dropped,
  };
}

/** Child elements of a name, each as an object (a text-only element becomes { '#text': … }). */
function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown) =>
    item !== null && typeof item === 'object' ? (item as XmlNode) : { '#text': String(item ?? '') },
  );
}

function first(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node ? children(node, name)[0] : undefined;
}

function attr(node: XmlNode, name: string): string | null {
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : null;
}

/** The text of an element (null when the element is absent). */
function textOf(node: XmlNode | undefined): string | null {
  if (!node) return null;
  const text = node['#text'];
  if (Array.isArray(text)) return text.join('');
  return typeof text === 'string' ? text : '';
}
