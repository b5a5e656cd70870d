import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The program's running totals for one period (`program-figures` in @cep/shared): every write that
 * delivers, accepts or returns a checkpoint adds its difference here in the same transaction, so
 * the program page reads one row per period instead of every checkpoint ever delivered.
 */
@Entity({ name: 'program_period' })
export class ProgramPeriodRow {
  @PrimaryColumn({ type: 'text' })
  period: string;

  @Column({ type: 'integer', default: 0 })
  delivered: number;

  @Column({ type: 'integer', default: 0 })
  accepted: number;

  @Column({ name: 'promise3_judged', type: 'integer', default: 0 })
  promise3Judged: number;

  @Column({ name: 'promise3_met', type: 'integer', default: 0 })
  promise3Met: number;

  @Column({ name: 'share_sum', type: 'double precision', default: 0 })
  shareSum: number;

  @Column({ name: 'share_count', type: 'integer', default: 0 })
  shareCount: number;

  @Column({ name: 'contacts_per_client_sum', type: 'double precision', default: 0 })
  contactsPerClientSum: number;

  @Column({ name: 'contacts_per_client_count', type: 'integer', default: 0 })
  contactsPerClientCount: number;

  @Column({ name: 'nps_sum', type: 'double precision', default: 0 })
  npsSum: number;

  @Column({ name: 'nps_count', type: 'integer', default: 0 })
  npsCount: number;

  @Column({ name: 'recurring_sum', type: 'integer', default: 0 })
  recurringSum: number;

  @Column({ name: 'chronic_sum', type: 'integer', default: 0 })
  chronicSum: number;
}
