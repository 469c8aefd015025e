import type { AnyComponent } from 'preact';
import { useState } from 'preact/hooks';
import { lazy } from 'preact-iso';
import { Loading } from '../Loading';
import { leadToolsOpened, openLeadTools } from './leadToolsStep';
import { useDeviceRole } from './useDeviceRole';

const LeadToolNotice = lazy(() => import('../../team/LeadTools/LeadToolNotice'));

type RouteProps = { readonly inspectionId: string };

/**
 * A lead's tool as a route: itself on the lead's device; on an inspector's, first whose tool it
 * is, with "Continue to the lead’s tools" (unless the lead's tools were opened in this tab).
 */
export function leadTool<P extends RouteProps>(Tool: AnyComponent<P>): AnyComponent<P> {
  function LeadToolGate(props: P) {
    const role = useDeviceRole(props.inspectionId);
    const [open, setOpen] = useState(() => leadToolsOpened(props.inspectionId));
    if (role === undefined) return <Loading what="Loading the inspection" />;
    if (role.role === 'inspector' && !open) {
      return (
        <LeadToolNotice
          inspectionId={props.inspectionId}
          onContinue={() => {
            openLeadTools(props.inspectionId);
            setOpen(true);
          }}
        />
      );
    }
    return <Tool {...props} />;
  }
  return LeadToolGate;
}
