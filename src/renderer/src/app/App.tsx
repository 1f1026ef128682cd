import { ErrorProvider } from './ErrorProvider';
import { ErrorToasts } from './ErrorToasts';
import { Workbench } from './Workbench';

/** The window's content: the workbench, with failures surfaced as notices above it. */
export function App() {
  return (
    <ErrorProvider>
      <Workbench />
      <ErrorToasts />
    </ErrorProvider>
  );
}
