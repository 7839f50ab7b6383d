// compromise-numbers ships types its package.json "exports" do not point to; this is their one export.
declare module 'compromise-numbers' {
  const plugin: Parameters<(typeof import('compromise'))['default']['extend']>[0];
  export default plugin;
}
