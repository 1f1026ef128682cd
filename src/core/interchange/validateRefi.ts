import { validateXML } from 'xmllint-wasm';
import { CODEBOOK_XSD } from './schemas/codebookXsd';
import { PROJECT_XSD } from './schemas/projectXsd';

export type RefiSchema = 'project' | 'codebook';

/**
 * Validates a REFI-QDA document against Project.xsd or Codebook.xsd with libxml2 (compiled to
 * WebAssembly: no native build, no network). Resolves to the schema errors, `line: message`,
 * empty when the document is valid.
 */
export async function validateRefi(xml: string, schema: RefiSchema): Promise<string[]> {
  const fileName = schema === 'project' ? 'project.qde' : 'codebook.qdc';
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [
      schema === 'project'
        ? { fileName: 'Project.xsd', contents: PROJECT_XSD }
        : { fileName: 'Codebook.xsd', contents: CODEBOOK_XSD },
    ],
    // A project with thousands of documents inline is tens of megabytes; libxml2 needs room.
    initialMemoryPages: 256,
    maxMemoryPages: 65536,
  });
  return result.errors.map((error) =>
    error.loc ? `line ${error.loc.lineNumber}: ${error.message}` : error.message,
  );
}
