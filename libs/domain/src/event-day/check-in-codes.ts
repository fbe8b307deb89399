import { randomBytes } from 'node:crypto';
import { EntityManager, In, IsNull } from 'typeorm';
import { Participant } from '@clustermeet/database';

/** No 0/O or 1/I: people type the code from paper when the scanner fails. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

/**
 * The check-in code printed (as a QR code) on each programme, made on first use so participants
 * registered long ago get one too. A unique key decides between two printers racing for one person.
 */
export async function ensureCheckInCodes(manager: EntityManager, participantIds: string[]): Promise<Map<string, string>> {
  const people = participantIds.length > 0 ? await manager.find(Participant, { where: { id: In(participantIds) }, select: { id: true, checkInCode: true } }) : [];
  const codes = new Map<string, string>();
  for (const person of people) {
    let code = person.checkInCode;
    while (!code) {
      const candidate = Array.from(randomBytes(CODE_LENGTH), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
      const result = await manager
        .createQueryBuilder()
        .update(Participant)
        .set({ checkInCode: candidate })
        .where({ id: person.id, checkInCode: IsNull() })
        .andWhere('NOT EXISTS (SELECT 1 FROM participant other WHERE other.check_in_code = :candidate)', { candidate })
        .execute();
      code = result.affected ? candidate : ((await manager.findOne(Participant, { where: { id: person.id }, select: { id: true, checkInCode: true } }))?.checkInCode ?? null);
    }
    codes.set(person.id, code);
  }
  return codes;
}
