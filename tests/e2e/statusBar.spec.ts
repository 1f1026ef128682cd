// The status bar names the open project file first and then its folder, so a project that landed
// somewhere unexpected (a first-hour session's "/u2.lectern": a shell expanded $LECTERN_HOME
// before setting it) reads "u2.lectern in /" instead of a bare path that looks cut off.
import { dirname } from 'node:path';
import { expect, test } from './lectern';

test('the status bar shows the project file’s name, then the folder it is in', async ({
  app: page,
  lectern,
}) => {
  const bar = page.locator('.status-bar');
  await expect(bar.locator('.status-name')).toHaveText('project.lectern');
  await expect(bar.locator('.status-folder')).toHaveText(dirname(lectern.workbench.path));
  await expect(bar.locator('.status-path')).toHaveText(
    `project.lectern in ${dirname(lectern.workbench.path)}`,
    {
      useInnerText: true,
    },
  );
  await expect(bar.locator('.status-path')).toHaveAttribute('title', lectern.workbench.path);
  // The name stays whole in a narrow window; the folder gives way.
  await page.setViewportSize({ width: 700, height: 600 });
  const name = await bar.locator('.status-name').evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(name).toBe(true);
});
