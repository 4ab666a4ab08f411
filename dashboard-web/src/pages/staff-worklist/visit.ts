// Logging a visit to a client (type and findings). Who visited is the signed-in user: the server
// takes it from the sign-in, never from this form.
import { staffApi } from '../../api';
import { visitTypes, type StaffWorkItem, type VisitType } from '../../types';
import { openFormDialog } from '../../ui/dialog';
import { enumOptions, field, selectBox, textArea, valueOf } from '../../ui/fields';

/** The client a visit item is about: the worklist's item id for a visit is the client number. */
export const clientOf = (item: StaffWorkItem): string => item.id;

export function openVisitDialog(item: StaffWorkItem, logged: () => void): HTMLDialogElement {
  return openFormDialog({
    name: 'visit',
    title: 'visitForm.title',
    titleParams: { title: item.title || item.id },
    submit: 'visitForm.submit',
    fields: [
      field('visitForm.type', selectBox('type', 'visit-type', enumOptions(visitTypes, 'visitType'))),
      field('visitForm.findings', textArea('findings', 'visit-findings', { required: true })),
    ],
    onSubmit: async (form) => {
      await staffApi.logVisit(clientOf(item), {
        type: (valueOf(form, 'type') ?? 'OnSite') as VisitType,
        findings: valueOf(form, 'findings') ?? '',
      });
      logged();
    },
  });
}
