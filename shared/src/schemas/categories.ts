import Type from 'typebox';
import { Slug } from './atoms.ts';

export const CategorySchema = Type.Object({
  slug: Slug,
  name: Type.String(),
  description: Type.String(),
});
export type Category = Type.Static<typeof CategorySchema>;

export const CategoryList = Type.Object({ items: Type.Array(CategorySchema) });
export type CategoryList = Type.Static<typeof CategoryList>;
