import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'category' })
export class Category {
  @PrimaryColumn({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'integer' })
  position: number;
}
