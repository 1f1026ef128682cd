import { useEffect, useState } from 'react';
import type { AgreementFigures, AgreementReport } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { Modal } from '../app/Modal';

export interface PassageTarget {
  id: number;
  passage: { id: number; start: number; end: number };
  at: number;
}

const pct = (f: AgreementFigures) => (f.percent === null ? '–' : `${f.percent.toFixed(1)}%`);
const num = (value: number | null) => (value === null ? '–' : value.toFixed(2));

/**
 * The intercoder agreement report: per tag and overall, percent agreement and Cohen's kappa at
 * document and segment level and Krippendorff's alpha over characters, then the disagreeing
 * passages side by side, each openable in the reader.
 */
export function AgreementDialog({
  onOpen,
  onClose,
}: {
  onOpen(target: PassageTarget): void;
  onClose(): void;
}) {
  const api = useApi();
  const { report: reportError } = useErrors();
  const [report, setReport] = useState<AgreementReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    api
      .call('agreement-report', {})
      .then(setReport, (error: unknown) =>
        setProblem(error instanceof Error ? error.message : String(error)),
      );
  }, [api, reportError]);

  const open = (documentId: number, side: { passage_id: number; start: number; end: number }) => {
    onOpen({
      id: documentId,
      passage: { id: side.passage_id, start: side.start, end: side.end },
      at: Date.now(),
    });
    onClose();
  };

  return (
    <Modal title="Intercoder agreement" className="agreement-dialog" onClose={onClose}>
      {problem ? <p className="modal-body">{problem}</p> : null}
      {!report && !problem ? <p className="modal-body">Computing…</p> : null}
      {report ? (
        <div className="modal-body">
          <p className="agreement-intro">
            {report.coder_a.name} and {report.coder_b.name}, over the {report.documents}{' '}
            {report.documents === 1 ? 'document' : 'documents'} both coded. Segments: each document cut at
            every passage edge of either coder; α: Krippendorff’s alpha over character positions.
          </p>
          <table className="agreement-table" aria-label="Agreement per tag">
            <thead>
              <tr>
                <th>Tag</th>
                <th>Documents %</th>
                <th>κ</th>
                <th>Segments %</th>
                <th>κ</th>
                <th>α (characters)</th>
              </tr>
            </thead>
            <tbody>
              {[...report.tags, { ...report.overall, tag_id: 0, tag_path: 'Overall' }].map((row) => (
                <tr key={row.tag_id} className={row.tag_id === 0 ? 'overall' : undefined}>
                  <th scope="row">{row.tag_path}</th>
                  <td>{pct(row.document)}</td>
                  <td>{num(row.document.kappa)}</td>
                  <td>{pct(row.segment)}</td>
                  <td>{num(row.segment.kappa)}</td>
                  <td>{num(row.alpha)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="dropdown-heading">
            {report.disagreements.length}{' '}
            {report.disagreements.length === 1 ? 'disagreement' : 'disagreements'} ({report.coder_a.name} |{' '}
            {report.coder_b.name})
          </h3>
          <ul className="disagreements" aria-label="Disagreements">
            {report.disagreements.map((d, index) => (
              <li key={index} className="disagreement">
                <div className="disagreement-head">
                  {d.tag_path} · {d.document_title}
                </div>
                <div className="disagreement-sides">
                  {[d.a, d.b].map((side, i) => (
                    <div key={i} className="disagreement-side">
                      {side ? (
                        <button
                          type="button"
                          className="link-button"
                          title="Open in the reader"
                          onClick={() => open(d.document_id, side)}
                        >
                          “{side.exact.length > 140 ? side.exact.slice(0, 139) + '…' : side.exact}”
                        </button>
                      ) : (
                        <span className="muted">not coded</span>
                      )}
                    </div>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
