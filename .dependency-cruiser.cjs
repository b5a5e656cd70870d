/**
 * Module boundaries (docs/architecture.md): a module of the API or a feature of the web app is
 * reached through its front door (`index.ts`) only, and nothing imports in a circle.
 */
const API = '^services/api/src/modules/';
const WEB = '^web/src/features/';
const DATA_SOURCE = '^services/api/src/db/data-source\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules cannot be understood, tested or changed apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'api-module-front-door',
      severity: 'error',
      comment: 'Outside a module, import modules/<name>/index.ts only: what others need is its front door.',
      from: { path: '^services/api/(src|test|bench)/', pathNot: [`${API}([^/]+)/`, DATA_SOURCE] },
      to: { path: `${API}[^/]+/.+`, pathNot: `${API}[^/]+/index\\.ts$` },
    },
    {
      name: 'api-data-source-entities-only',
      severity: 'error',
      comment: 'The data source lists the entity classes from their own files, so loading the schema (migrations, test setup) never loads routes or services.',
      from: { path: DATA_SOURCE },
      to: { path: `${API}[^/]+/.+`, pathNot: `${API}[^/]+/[^/]+\\.entity\\.ts$` },
    },
    {
      name: 'api-module-to-module-front-door',
      severity: 'error',
      comment: 'A module reaches another module through its front door (index.ts) only.',
      from: { path: `${API}([^/]+)/` },
      to: { path: `${API}[^/]+/.+`, pathNot: [`${API}$1/`, `${API}[^/]+/index\\.ts$`] },
    },
    {
      name: 'web-feature-front-door',
      severity: 'error',
      comment: 'Outside a feature, import features/<name>/index.ts only.',
      from: { path: '^web/src/', pathNot: `${WEB}([^/]+)/` },
      to: { path: `${WEB}[^/]+/.+`, pathNot: `${WEB}[^/]+/index\\.ts$` },
    },
    {
      name: 'web-feature-to-feature-front-door',
      severity: 'error',
      comment: 'A feature reaches another feature through its front door (index.ts) only.',
      from: { path: `${WEB}([^/]+)/` },
      to: { path: `${WEB}[^/]+/.+`, pathNot: [`${WEB}$1/`, `${WEB}[^/]+/index\\.ts$`] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '/dist/', '/dist-ssr/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'source', 'default'] },
  },
};
