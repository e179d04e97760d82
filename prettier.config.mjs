// Prettier formats the code; ESLint (eslint.config.mjs) checks it. Tailwind classes sorted by the official plugin.
const config = {
  printWidth: 120,
  plugins: ["prettier-plugin-tailwindcss"],
  tailwindStylesheet: "./app/globals.css",
};

export default config;
