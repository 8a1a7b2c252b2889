// Under `require-trusted-types-for 'script'`, assigning a plain string to an HTML sink throws in
// engines that enforce Trusted Types (and reports a violation, on this page only).
try {
  document.createElement('div').innerHTML = '<b>text</b>';
  window.trustedTypesEnforced = false;
} catch {
  window.trustedTypesEnforced = true;
}
