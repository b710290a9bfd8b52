// How both webpack configs compile TypeScript: transpile only, since `npm run typecheck`
// type-checks (tsconfig's noEmit is for that run only).
module.exports = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
};
