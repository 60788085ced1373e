// The worker's bundled source, as text (webpack.web.js: asset/source).
declare module 'web-worker-source?source' {
  const source: string;
  export default source;
}
