import type { AnyComponent } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../i18n/translate';
import { Loading } from '../Loading';
import { leadToolsOpened, openLeadTools } from './leadToolsStep';
import { useDeviceRole } from './useDeviceRole';

type RouteProps = { readonly inspectionId: string };

/** What an inspector's device shows before a lead's tool: the screen comes from the caller. */
export type LeadToolNoticeProps = {
  readonly inspectionId: string;
  readonly onContinue: () => void;
};

/**
 * A lead's tool as a route: itself on the lead's device; on an inspector's, first whose tool it
 * is (the `Notice`), with "Continue to the lead’s tools" (unless the lead's tools were opened in
 * this tab).
 */
export function leadTool<P extends RouteProps>(
  Tool: AnyComponent<P>,
  Notice: AnyComponent<LeadToolNoticeProps>,
): AnyComponent<P> {
  function LeadToolGate(props: P) {
    const role = useDeviceRole(props.inspectionId);
    const [open, setOpen] = useState(() => leadToolsOpened(props.inspectionId));
    if (role === undefined) return <Loading what={t('common', 'Loading the inspection')} />;
    if (role.role === 'inspector' && !open) {
      return (
        <Notice
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
