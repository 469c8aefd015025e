/** Where the build under test is: `dist/`, or $CASE_AUDIT_OUT_DIR when several builds coexist. */
export const distDir = process.env.CASE_AUDIT_OUT_DIR ?? 'dist';
