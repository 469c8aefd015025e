import type { AnyComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../i18n/translate';
import { Loading } from '../Loading';
import { inspectionHref, ownCasesQuery } from './inspectionSections';
import { useDeviceRole } from './useDeviceRole';

type RouteProps = { readonly inspectionId: string };

/**
 * The inspection's case list as a route. On an inspector's device that knows who scores there,
 * arriving at the list with no filter shows their own cases: the list's filter is set to them,
 * in the address, so everyone's cases are one "Clear filters" (or filter) away. Arriving again
 * (from another page, or a reload of the unfiltered list) starts from their own cases again.
 */
export function ownCasesFirst<P extends RouteProps>(List: AnyComponent<P>): AnyComponent<P> {
  function CaseListHome(props: P) {
    const role = useDeviceRole(props.inspectionId);
    const { url, route } = useLocation();
    // Only on arrival: a filter cleared on the list itself is the user's choice.
    const [arriving, setArriving] = useState(true);
    const own =
      arriving && role?.role === 'inspector' && role.member !== null && !url.includes('?')
        ? `${inspectionHref(props.inspectionId)}${ownCasesQuery(role.member.id)}`
        : null;
    useEffect(() => {
      if (role === undefined || !arriving) return;
      setArriving(false);
      if (own) route(own, true);
    }, [role, arriving, own, route]);
    if (role === undefined || own) return <Loading what={t('common', 'Loading the inspection')} />;
    return <List {...props} />;
  }
  return CaseListHome;
}
