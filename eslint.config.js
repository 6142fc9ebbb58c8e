import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs', 'examples/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Engines and core are pure: no GitHub toolkit, no environment.
    files: ['packages/{core,data-check,dep-scan,iac-scan,model-sign,adversarial-test,dataset}/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', '@octokit/*', '@mlguard/github'] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'engines get configuration through Options and Ports' }],
    },
  },
);
