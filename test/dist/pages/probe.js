// Loaded first, as a classic script, by every test page: records what the page reports (console
// warnings and errors, uncaught errors, CSP and Trusted Types violations) for the test to read,
// instead of printing it.
window.nwProbe = { warnings: [], errors: [], violations: [] };
console.warn = (...args) => window.nwProbe.warnings.push(args.map(String).join(' '));
console.error = (...args) => window.nwProbe.errors.push(args.map(String).join(' '));
addEventListener('error', (event) => window.nwProbe.errors.push(String(event.error ?? event.message)));
addEventListener('unhandledrejection', (event) => window.nwProbe.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.nwProbe.violations.push(`${event.effectiveDirective || event.violatedDirective}: ${event.blockedURI} ${event.sample}`.trim()),
);
