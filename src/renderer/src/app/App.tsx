import { CodingProvider } from '../coding/CodingProvider';
import { ErrorProvider } from './ErrorProvider';
import { ErrorToasts } from './ErrorToasts';
import { NoticeProvider } from './NoticeProvider';
import { Notices } from './Notices';
import { WorkbenchShell } from './WorkbenchShell';

/** The window's content: the workbench, with failures and confirmations surfaced above it. */
export function App() {
  return (
    <ErrorProvider>
      <NoticeProvider>
        <CodingProvider>
          <WorkbenchShell />
        </CodingProvider>
        <Notices />
      </NoticeProvider>
      <ErrorToasts />
    </ErrorProvider>
  );
}
