// The `process` the worker's shared code sees. path.posix.relative resolves against the working
// folder, and a package's part names come out the same from any, so the page's is '/'; the
// environment is read only on paths the page never takes (LibreOffice, a worker thread's debug).
export const cwd = (): string => '/';
export const env: Readonly<Record<string, string | undefined>> = {};
