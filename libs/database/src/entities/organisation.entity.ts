import { Column, Entity } from 'typeorm';
import { BaseEntity } from './base.entity';

/** A cluster organisation or partner (foreign cluster, innovation centre, EEN office) that runs events. */
@Entity('organisation')
export class Organisation extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;
}
