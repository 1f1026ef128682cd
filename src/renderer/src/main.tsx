import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ApiProvider } from './app/ApiProvider';
import { initTheme } from './app/theme';
import { createApi, hasEngineAccess } from './app/api';
import { WrongAddress } from './app/WrongAddress';
import './app/theme.css';
import './app/app.css';

initTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks the #root element');

const reactRoot = createRoot(root);
// Asked first, so a wrong or missing token shows one page instead of a library of errors.
void hasEngineAccess().then((access) =>
  reactRoot.render(
    <StrictMode>
      {access ? (
        <ApiProvider api={createApi()}>
          <App />
        </ApiProvider>
      ) : (
        <WrongAddress />
      )}
    </StrictMode>,
  ),
);
