'use client';
import { useEffect } from 'react';

/** Loads the widgets for the browser, so the server-rendered ones take over. */
export default function LoadWidgets() {
  useEffect(() => {
    import('negotiation-widgets');
  }, []);
  return null;
}
