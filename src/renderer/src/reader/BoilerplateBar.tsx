import { useState } from 'react';
import type { BoilerplateBlock } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';

/**
 * Site chrome the import set aside (cookie notices, share buttons …), shown collapsed where it
 * stood so the reader sees that something was removed and can check what.
 */
export function BoilerplateBar({ block, documentId }: { block: BoilerplateBlock; documentId: number }) {
  const [open, setOpen] = useState(false);
  const api = useApi();
  const { report } = useErrors();
  return (
    <div className={`boilerplate${open ? ' open' : ''}`}>
      <button
        type="button"
        className="boilerplate-bar"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title={open ? 'Hide the text that was set aside' : 'Show the text that was set aside'}
      >
        <span className="boilerplate-chevron" aria-hidden="true">
          ›
        </span>
        <span>Site boilerplate set aside</span>
        <span className="boilerplate-reason">· {block.reason}</span>
      </button>
      {open ? (
        <div className="boilerplate-text">
          {block.text.split('\n\n').map((paragraph, index) => (
            <div key={index} className="boilerplate-paragraph">
              {paragraph}
              <button
                type="button"
                className="button small boilerplate-keep"
                title="Not boilerplate: show this paragraph in the reading text, here and in the other documents of this source"
                onClick={() => {
                  api
                    .call('boilerplate-mark', {
                      document_id: documentId,
                      text: paragraph,
                      verdict: 'content',
                    })
                    .catch((error: unknown) => report(error, 'Could not keep the text'));
                }}
              >
                Keep in text
              </button>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
