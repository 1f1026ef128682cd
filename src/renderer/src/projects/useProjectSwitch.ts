import { useEffect } from 'react';
import { useApi } from '../app/ApiProvider';

/**
 * When the engine switches project (this window's Projects menu, or another window's), every
 * list on screen belongs to the old one: start afresh by reloading the page.
 */
export function useProjectSwitch(): void {
  const api = useApi();
  useEffect(() => api.on('on-project-changed', () => window.location.reload()), [api]);
}
