// The web page (npm run build → dist/web/): one HTML file and its scripts, working from file:// and
// from any static host. Scoring runs in a Web Worker made from a Blob of the worker's bundled source,
// which the page's script carries as a string: Chromium refuses `new Worker('file:///…')` from a
// file:// page (its origin is opaque), while a blob: worker is allowed there and on a host alike
// (CSP worker-src blob:). The worker bundle is the command line's own code (scoreFile, the guard,
// the patcher) with node's few modules left out or given browser equivalents: ./src/xlsx/platform's
// browser half for zlib and crypto, the `buffer` package for Buffer, path-browserify for path.posix.
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const WORKER_DIR = path.resolve(__dirname, 'dist', 'web-worker');

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'node', noEmit: false, sourceMap: false } },
  },
};

/** Node's modules the shared code imports: the ones on paths the page never takes (files, LibreOffice, threads) are empty. */
const resolve = {
  extensions: ['.tsx', '.ts', '.js'],
  fallback: { fs: false, os: false, url: false, child_process: false, worker_threads: false, crypto: false, zlib: false, path: require.resolve('path-browserify'), buffer: require.resolve('buffer/') },
};


const platformSwap = new webpack.NormalModuleReplacementPlugin(/^\.\/node$/, (resource) => {
  if (path.basename(resource.context) === 'platform') resource.request = './browser';
});

function worker(dev) {
  return {
    name: 'web-worker',
    mode: dev ? 'development' : 'production',
    devtool: false,
    target: 'webworker',
    entry: { worker: './src/web/worker.ts' },
    output: { path: WORKER_DIR, filename: '[name].js', clean: true },
    resolve,
    module: { rules: [tsRule] },
    // One script: a blob: worker has no base to load a chunk from.
    plugins: [platformSwap, new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'], process: path.resolve(__dirname, 'src/web/process.ts') }), new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
    performance: { hints: false },
  };
}

function page(dev) {
  return {
    name: 'web',
    dependencies: ['web-worker'],
    mode: dev ? 'development' : 'production',
    devtool: false,
    entry: { web: './src/web/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist', 'web'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      publicPath: '',
      clean: true,
    },
    resolve: { ...resolve, alias: { 'web-worker-source$': path.join(WORKER_DIR, 'worker.js') } },
    module: { rules: [tsRule, { resourceQuery: /source/, type: 'asset/source' }] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/web/index.html', chunks: ['web'], scriptLoading: 'defer', favicon: './assets/icon-32.png' }),
    ],
  };
}

module.exports = { webConfigs: (dev) => [worker(dev), page(dev)], WORKER_DIR };
