// A small turning ring while the pane waits, with an optional label: what Fluent's Spinner showed here,
// drawn by pane.css (Spinner's code and styles weighed 3 KB of the pane's first load).
export function Busy({ label }: { readonly label?: string }) {
  return (
    <span className="busy" role={label ? 'status' : undefined}>
      <span className="busy__ring" aria-hidden="true" />
      {label}
    </span>
  );
}
