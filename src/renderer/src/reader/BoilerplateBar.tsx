import { useState } from 'react';
import type { BoilerplateBlock } from '../../../shared/model';

/**
 * Site chrome the import set aside (cookie notices, share buttons …), shown collapsed where it
 * stood so the reader sees that something was removed and can check what.
 */
export function BoilerplateBar({ block }: { block: BoilerplateBlock }) {
  const [open, setOpen] = useState(false);
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
      {open ? <div className="boilerplate-text">{block.text}</div> : null}
    </div>
  );
}
