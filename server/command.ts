/**
 * How the server is started, by `npm run server` (package.json, which cannot import this and is
 * checked against it by server/command.test.ts), `npm start` and the benchmark: Node's arguments
 * after the executable, relative to the project's root.
 *
 * A pull allocates many short-lived objects (the request, the query's rows, the response), so the
 * young generation fills quickly; at V8's default size Node spends much of a busy server's time
 * collecting it. A larger one (32 MiB per semi-space) is collected less often: on the 2-core
 * machine the benchmark ran on, 200 pulling clients got about 30 % more pulls answered a second.
 */
export const SERVER_NODE_ARGUMENTS = [
  '--max-semi-space-size=32',
  '--import',
  'tsx',
  'server/main.ts',
] as const;
