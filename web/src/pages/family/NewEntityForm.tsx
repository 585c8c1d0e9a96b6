import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__/index.ts';
import type { EntityKind } from '../../__generated__/graphql.ts';
import { useMutation } from '../../graphql/hooks.tsx';
import { FieldError, fieldErrorFor } from '../../ui/index.ts';

const CreateEntity = graphql(`
  mutation FamilyCreateEntity($input: CreateEntityInput!) {
    createEntity(input: $input) {
      id
      name
    }
  }
`);

const AddOwnership = graphql(`
  mutation FamilyAddOwnership($input: AddOwnershipInput!) {
    addOwnership(input: $input) {
      percentage
    }
  }
`);

const KINDS: EntityKind[] = ['PERSON', 'TRUST', 'COMPANY', 'FOUNDATION'];

/** Creates an entity and, when an owner is picked, the owner's stake in it (two mutations). */
export function NewEntityForm({ entities, onCreated }: { entities: readonly { id: string; name: string }[]; onCreated: () => void }) {
  const id = useId();
  const [kind, setKind] = useState<EntityKind>('COMPANY');
  const [name, setName] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [percentage, setPercentage] = useState('100');
  const [done, setDone] = useState<string | null>(null);
  const [create, created] = useMutation(CreateEntity);
  const [own, owned] = useMutation(AddOwnership);
  const error = created.error ?? owned.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    owned.reset();
    const result = await create({ input: { kind, name } });
    if (result === undefined) return;
    if (ownerId !== '') {
      const stake = await own({ input: { ownerId, ownedId: result.createEntity.id, percentage: Number(percentage) } });
      if (stake === undefined) {
        onCreated();
        return;
      }
    }
    setDone(`Created ${result.createEntity.name}.`);
    setName('');
    onCreated();
  };
  const nameError = fieldErrorFor(created.error, 'input.name');
  const pctError = fieldErrorFor(owned.error, 'input.percentage');
  return (
    <form className="form-grid entity-form" onSubmit={submit} aria-label="New entity">
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as EntityKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <label>
        Entity name
        <input value={name} onChange={(e) => setName(e.target.value)} required aria-invalid={nameError !== undefined} aria-describedby={`${id}-name`} />
        <FieldError id={`${id}-name`} error={nameError} />
      </label>
      <label>
        Owned by
        <select value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
          <option value="">nobody (top level)</option>
          {entities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Stake %
        <input type="number" step="any" value={percentage} disabled={ownerId === ''} onChange={(e) => setPercentage(e.target.value)} aria-invalid={pctError !== undefined} aria-describedby={`${id}-pct`} />
        <FieldError id={`${id}-pct`} error={pctError} />
      </label>
      <div className="form-actions">
        <button className="button button--primary" type="submit" disabled={created.running || owned.running}>
          Create entity
        </button>
        {done !== null && <span className="up small" role="status">{done}</span>}
        {error !== undefined && nameError === undefined && pctError === undefined && (
          <span className="down small" role="alert">
            {error.code}: {error.message}
          </span>
        )}
      </div>
    </form>
  );
}
