// Builds the task pane into dist/ and the web page into dist/web/ (npm run build; webpack.web.js),
// serves the pane over https for sideloading (npm run dev-server), and, with --env standin, builds
// the browser tests' stand-in Excel host; --env web builds the web page alone.
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
 * Asks for chunks the first render needs in the page itself (<link rel="preload" as="script">), so they are
 * fetched beside the entry, not after it has run: the Chinese strings, as the pane and its shell are
 * Chinese first (English is fetched when it is shown).
 */
class PreloadChunks {
  constructor(names) {
    this.names = names;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadChunks', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTags.tap('PreloadChunks', (data) => {
        const files = [...compilation.chunks].filter((c) => this.names.includes(c.name)).flatMap((c) => [...c.files].filter((f) => f.endsWith('.js')));
        data.assetTags.scripts.unshift(...files.map((href) => ({ tagName: 'link', voidTag: true, meta: { plugin: 'PreloadChunks' }, attributes: { rel: 'preload', as: 'script', href } })));
        return data;
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
      }),
      new PreloadChunks(['strings-zh']),
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

module.exports = async (env = {}, argv = {}) => {
  if (env.standin) return standin();
  const dev = argv.mode === 'development';
  if (env.web) return webConfigs(dev);
  if (env.WEBPACK_SERVE) {
    // Trusted localhost certificates, created and installed on first use (Office requires https).
    const devCerts = require('office-addin-dev-certs');
    return taskpane(dev, await devCerts.getHttpsServerOptions());
  }
  return [taskpane(dev, null), ...webConfigs(dev)];
};
