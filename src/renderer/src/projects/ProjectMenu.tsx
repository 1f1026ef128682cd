import { useEffect, useState, type FormEvent } from 'react';
import type { ProjectFile } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';
import './projects.css';
import { useDropdown } from './useDropdown';
import { CaretDownIcon } from '../app/icons';

type Action = 'create' | 'rename' | 'copy' | 'open';

const ACTIONS: Array<{ action: Action; label: string; placeholder: string; button: string }> = [
  { action: 'create', label: 'New project', placeholder: 'Name, e.g. Interview study', button: 'Create' },
  { action: 'rename', label: 'Rename this project', placeholder: 'New name', button: 'Rename' },
  {
    action: 'copy',
    label: 'Save a copy',
    placeholder: 'Name of the copy, or a full path',
    button: 'Save copy',
  },
  { action: 'open', label: 'Open a project file', placeholder: '/path/to/project.lectern', button: 'Open' },
];

/**
 * The Projects menu beside the app's name: the current project, the recent ones (click to switch),
 * and New, Rename, Save a copy and Open. Switching is the engine's (projects-open); the window
 * reloads when it hears on-project-changed.
 */
export function ProjectMenu() {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const { open, setOpen, ref } = useDropdown<HTMLDivElement>();
  const [projects, setProjects] = useState<ProjectFile[]>([]);
  const [folder, setFolder] = useState('');
  const [values, setValues] = useState<Record<Action, string>>({
    create: '',
    rename: '',
    copy: '',
    open: '',
  });
  const current = projects.find((p) => p.current);

  const refresh = () =>
    api.call('projects-list', {}).then(
      (list) => {
        setProjects(list.projects);
        setFolder(list.folder);
      },
      (error: unknown) => report(error, 'Projects could not be listed'),
    );
  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once; refreshed again on every open
  }, []);
  useEffect(() => {
    if (open) void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refresh when the menu opens
  }, [open]);

  async function run(action: Action, event: FormEvent) {
    event.preventDefault();
    const value = values[action].trim();
    if (!value) return;
    try {
      if (action === 'create') await api.call('projects-create', { name: value });
      else if (action === 'rename') await api.call('projects-rename', { name: value });
      else if (action === 'open') await api.call('projects-open', { path: value });
      else {
        const copy = await api.call('projects-save-copy', { name: value });
        notify(`Saved a copy as ${copy.path}`);
        void refresh();
      }
      setValues((all) => ({ ...all, [action]: '' }));
    } catch (error) {
      report(error, 'The project could not be changed');
    }
  }

  async function switchTo(project: ProjectFile) {
    if (project.current) return setOpen(false);
    try {
      await api.call('projects-open', { path: project.path });
    } catch (error) {
      report(error, 'The project could not be opened');
    }
  }

  return (
    <div className="project-menu" ref={ref}>
      <button
        type="button"
        className="project-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={current?.path}
        onClick={() => setOpen(!open)}
      >
        {current?.name ?? 'Project'} <CaretDownIcon size={10} />
      </button>
      {open ? (
        <div className="dropdown-panel project-panel" role="dialog" aria-label="Projects">
          <h3 className="dropdown-heading">Projects</h3>
          <ul className="project-list" aria-label="Recent projects">
            {projects.map((project) => (
              <li key={project.path}>
                <button
                  type="button"
                  className={`project-row${project.current ? ' is-current' : ''}`}
                  disabled={!project.exists}
                  aria-current={project.current ? 'true' : undefined}
                  title={project.path}
                  onClick={() => void switchTo(project)}
                >
                  <span className="project-name">{project.name}</span>
                  <span className="project-meta">
                    {project.current
                      ? 'open'
                      : !project.exists
                        ? 'missing'
                        : project.bytes !== null
                          ? `${Math.max(1, Math.round(project.bytes / 1024)).toLocaleString('en')} KB`
                          : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {ACTIONS.map(({ action, label, placeholder, button }) => (
            <form key={action} className="project-action" onSubmit={(event) => void run(action, event)}>
              <label>
                <span>{label}</span>
                <input
                  value={values[action]}
                  placeholder={placeholder}
                  onChange={(event) => setValues((all) => ({ ...all, [action]: event.target.value }))}
                />
              </label>
              <button type="submit" className="button small" disabled={!values[action].trim()}>
                {button}
              </button>
            </form>
          ))}
          <p className="dropdown-hint">New projects and copies go to {folder || 'the projects folder'}.</p>
        </div>
      ) : null}
    </div>
  );
}
