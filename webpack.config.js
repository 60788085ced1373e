// Builds the task pane into dist/ and the web page into dist/web/ (npm run build; webpack.web.js),
// serves the pane over https for sideloading (npm run dev-server), and, with --env standin, builds
// the browser tests' stand-in Excel host; --env web builds the web page alone; --env reactFloor the task
// pane bench's React floor.
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { webConfigs } = require('./webpack.web');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

/** Where the production add-in is hosted (must end with /); the manifest's URLs are rewritten to it. */
function productionUrl() {
  const url = process.env.ADDIN_URL || DEV_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      // Types are checked by `tsc --noEmit`; here ES modules are kept so webpack can tree-shake.
      transpileOnly: true,
      compilerOptions: { module: 'esnext', moduleResolution: 'node', noEmit: false, sourceMap: false },
    },
  },
};

const resolve = { extensions: ['.tsx', '.ts', '.js'] };

/**
 * The entry draws the pane: fetched at high priority. A deferred script is otherwise fetched at low priority
 * (https://web.dev/articles/fetch-priority), behind the stylesheet and office.js.
 */
class EntryFirst {
  apply(compiler) {
    compiler.hooks.compilation.tap('EntryFirst', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTags.tap('EntryFirst', (data) => {
        for (const tag of data.assetTags.scripts) tag.attributes.fetchpriority = 'high';
        return data;
      });
    });
  }
}

/**
 * Marks the entry's scripts with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome and
 * Edge 136+: https://v8.dev/blog/explicit-compile-hints): they hold what the first render runs (React DOM,
 * the pane's frame), so their functions are compiled on the thread that streams the download rather than
 * on the main thread as each is first called (80–90 ms of the main thread's 260 before the first render,
 * traced). Added after minification (which drops comments) and before the content hash is taken. Other
 * engines read a comment.
 */
class CompileHints {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompileHints', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CompileHints', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, () => {
        for (const chunk of compilation.chunks) {
          if (!chunk.canBeInitial()) continue;
          for (const file of chunk.files) if (file.endsWith('.js')) compilation.updateAsset(file, (old) => new sources.ConcatSource('//# allFunctionsCalledOnLoad\n', old));
        }
      });
    });
  }
}

function taskpane(dev, https) {
  return {
    name: 'taskpane',
    mode: dev ? 'development' : 'production',
    // No eval-based source maps: the page's CSP has no 'unsafe-eval'.
    devtool: dev ? 'cheap-module-source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      publicPath: '',
      // The web page's folders are built beside the pane (webpack.web.js), each cleaning its own.
      clean: { keep: /^web(-worker)?[\\/]/ },
    },
    resolve,
    module: { rules: [tsRule] },
    // The docx package and the zip and id libraries it brings, which only the Word export loads, in a
    // chunk named for it, so that its size is told apart from the pane's (scripts/bundle-size).
    optimization: {
      splitChunks: { cacheGroups: { docx: { test: /[\\/]node_modules[\\/](docx|fflate|nanoid)[\\/]/, name: 'docx-package', chunks: 'async', priority: 10 } } },
    },
    performance: {
      hints: dev ? false : 'warning',
      maxEntrypointSize: 400 * 1024,
      maxAssetSize: 400 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        // The template places the tags itself (before office.js).
        inject: false,
      }),
      new EntryFirst(),
      ...(dev ? [] : [new CompileHints()]),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/support.html', to: 'support.html' },
          { from: 'src/taskpane/pane.css', to: 'pane.css' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(productionUrl())),
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      server: https ? { type: 'https', options: https } : 'http',
    },
  };
}

/** The browser tests' stand-in Excel host, injected into the page before it loads. */
function standin() {
  return {
    name: 'standin',
    mode: 'production',
    devtool: false,
    entry: { standin: './test/browser/standin.ts' },
    output: { path: path.resolve(__dirname, 'test/output/browser'), filename: '[name].js' },
    resolve,
    module: { rules: [tsRule] },
    optimization: { minimize: false },
    performance: { hints: false },
  };
}

/** The task pane bench's React floor (bench/reactFloor/entry.ts), hinted as the pane's entry is. */
function reactFloor() {
  return {
    name: 'react-floor',
    mode: 'production',
    devtool: false,
    entry: { 'react-floor': './bench/reactFloor/entry.ts' },
    output: { path: path.resolve(__dirname, 'bench/out/react-floor'), filename: '[name].js', clean: true },
    resolve,
    module: { rules: [tsRule] },
    plugins: [new CompileHints()],
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  if (env.standin) return standin();
  if (env.reactFloor) return reactFloor();
  const dev = argv.mode === 'development';
  if (env.web) return webConfigs(dev);
  if (env.WEBPACK_SERVE) {
    // Trusted localhost certificates, created and installed on first use (Office requires https).
    const devCerts = require('office-addin-dev-certs');
    return taskpane(dev, await devCerts.getHttpsServerOptions());
  }
  return [taskpane(dev, null), ...webConfigs(dev)];
};
