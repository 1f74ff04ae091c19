/**
 * A value worked out once per build process. Astro loads the site's modules twice in one build
 * (once with the config, for the integrations, and once bundled, for the pages), so a
 * module-level cache alone would parse the snapshot and work out the affected routes twice.
 * Each build is its own process (cms/export/publishSite.ts), so nothing outlives its build.
 */
export const oncePerBuild = <T>(name: string, make: () => T): T => {
  const store = globalThis as unknown as Record<symbol, T | undefined>
  const key = Symbol.for(`folkmoot.build.${name}`)
  return (store[key] ??= make())
}
