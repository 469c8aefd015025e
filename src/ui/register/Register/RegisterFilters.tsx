/**
 * Filtering the register by RAG status and owner: a GET-style form whose choices go into the
 * address when applied (so the list survives a reload), with a link to clear them.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { RagFilter, RegisterFilter } from '../../../core';
import { SelectField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { ragText } from '../common/ragText';
import { registerHref } from '../common/registerLinks';

import { filterQuery } from './registerQuery';

const ANY = '';
const NO_OWNER = 'no-owner';
const OWNER = 'owner:';

function ownerChoice(owner: string | null): string {
  if (owner === null) return ANY;
  return owner === '' ? NO_OWNER : `${OWNER}${owner}`;
}

function ownerOf(choice: string): string | null {
  if (choice === ANY) return null;
  return choice === NO_OWNER ? '' : choice.slice(OWNER.length);
}

export function RegisterFilters({
  inspectionId,
  filter,
  owners,
}: {
  inspectionId: string;
  filter: RegisterFilter;
  owners: readonly string[];
}) {
  const { route } = useLocation();
  const [rag, setRag] = useState<string>(filter.rag ?? ANY);
  const [owner, setOwner] = useState(ownerChoice(filter.owner));
  const filtered = filter.rag !== null || filter.owner !== null;
  // A filtered owner no longer in the register stays choosable, so the form says what is applied.
  const named = filter.owner && !owners.includes(filter.owner) ? [...owners, filter.owner] : owners;
  return (
    <form
      class="ca-register__filters"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = { rag: rag === ANY ? null : (rag as RagFilter), owner: ownerOf(owner) };
        route(registerHref(inspectionId, filterQuery(chosen)));
      }}
    >
      <h2 class="govuk-heading-m">{t('register', 'Filter the recommendations')}</h2>
      <SelectField
        id="filter-rag"
        label={t('register', 'RAG status')}
        value={rag}
        onChange={setRag}
        options={[
          { value: ANY, label: t('register', 'Any status') },
          { value: 'red', label: ragText('red') },
          { value: 'amber', label: ragText('amber') },
          { value: 'green', label: ragText('green') },
          { value: 'not-assessed', label: ragText(null) },
        ]}
      />
      <SelectField
        id="filter-owner"
        label={t('register', 'Owner')}
        value={owner}
        onChange={setOwner}
        options={[
          { value: ANY, label: t('register', 'Any owner') },
          ...named.map((o) => ({ value: `${OWNER}${o}`, label: o })),
          { value: NO_OWNER, label: t('register', 'No owner yet') },
        ]}
      />
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button govuk-button--secondary">
          {t('register', 'Apply the filters')}
        </button>
        {filtered && (
          <a class="govuk-link" href={registerHref(inspectionId)}>
            {t('register', 'Clear the filters')}
          </a>
        )}
      </div>
    </form>
  );
}
