import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ItemKind } from '@clustermeet/contracts';
import { ITEM_VECTOR_EXPRESSION } from '../text-search';
import { BaseEntity } from './base.entity';
import { Event } from './event.entity';
import { Participant } from './participant.entity';

/** Something a participant offers or seeks: a product, service, technology, partnership or project. */
@Entity('marketplace_item')
@Index(['participantId'])
export class MarketplaceItem extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, (participant) => participant.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'enum', enum: ItemKind, enumName: 'item_kind' })
  kind: ItemKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 3000, default: '' })
  description: string;

  @Column({ type: 'varchar', length: 80, default: '' })
  category: string;

  @Column({ type: 'int', default: 0 })
  position: number;

  /** Stemmed Danish and English words of the item, kept by Postgres itself; matched against other items. */
  @Index('marketplace_item_search_vector_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: ITEM_VECTOR_EXPRESSION,
  })
  searchVector?: string;
}
