/**
 * Shown instead of the workbench when the page was opened without its access token, or with one
 * from an earlier `lectern serve` run: one clear instruction rather than an empty library and a
 * row of error messages.
 */
export function WrongAddress() {
  return (
    <main className="wrong-address" role="main">
      <h1>This address has no valid access key</h1>
      <p>
        Open the address that <code>lectern serve</code> printed in its terminal (it ends in{' '}
        <code>?token=…</code>). Each run prints a new one, so an address from an earlier run no longer works.
      </p>
    </main>
  );
}
