/**
 * TypeDoc plugin: the resource methods generated into `Generated<Area>Resource` base classes
 * (src/api/<area>.ts when the area has a hand-written <area>.helpers.ts; marked `@internal`, so
 * excludeInternal drops them) are the public classes' own API to a
 * user. Without this, every inherited method reads "Inherited from GeneratedAdminResource…",
 * naming a class users cannot see or import. Loaded from typedoc.json `plugin`.
 */
import { Converter } from 'typedoc';

const GENERATED = /^Generated[A-Z]\w*Resource\b/;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of Object.values(context.project.reflections)) {
      for (const key of ['inheritedFrom', 'overwrites']) {
        if (reflection[key] && GENERATED.test(reflection[key].name)) reflection[key] = undefined;
      }
      for (const key of ['extendedTypes', 'implementedTypes']) {
        if (reflection[key]) reflection[key] = reflection[key].filter((type) => !GENERATED.test(type.toString()));
      }
    }
  });
}
