// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource, type AthenaRecord } from '../../core/resource.js';
import { adminOperations as ops } from '../../operations/generated/admin.js';
import type { InboxTask, WriteResult } from '../types/index.js';

/** Parameters of {@link AdminResource.listUserMessages}. */
export interface ListUserMessagesParams {
  /** Requested message folder. */
  folder?: string;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Only return unread messages. */
  showunreadonly?: boolean;
}

/** Parameters of {@link AdminResource.sendUserMessage}. */
export interface SendUserMessageParams {
  /** The body of this message. */
  message: string;
  /** A comma separated list of users to this this message to. */
  recipientlist: string;
  /** The subject of this message. */
  subject: string;
  /** String identifier to determine where the message came from. */
  externalid?: string;
  /** String to identify where the message should link to */
  payload?: string;
  /** The priority of this message. */
  priority?: 'HIGH' | 'LOW' | 'NORMAL';
}

/** Parameters of {@link AdminResource.updateUserMessage}. */
export interface UpdateUserMessageParams {
  /** Set whether this message is flagged for followup. */
  flag?: boolean;
  /** Move the message to this folder. */
  folder?: 'INBOX' | 'SAVED' | 'SENT' | 'TRASH';
  /** Set whether this message is read. */
  read?: boolean;
}

/** Parameters of {@link AdminResource.listStaffInboxConfiguration}. */
export interface ListStaffInboxConfigurationParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link AdminResource.listStaffInboxTasks}. */
export interface ListStaffInboxTasksParams {
  /** Username to retrieve tasks by */
  staffname: string;
  /** The inbox category/bucket to filter, all others will be excluded. */
  inboxcategory?: 'ADMIN' | 'APPOINTMENTREQUEST' | 'CLINICALDOCUMENT' | 'CLINICALENCOUNTERVISIT' | 'CLINICALRESULT' | 'COORDINATORTASK' | 'FOLLOWUP' | 'ORDER' | 'PATIENTCASE' | 'UNKNOWN';
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Priority to filter, all others will be excluded */
  priority?: 'NORMAL' | 'URGENT' | 'CURRENT';
  /** Status to filter, all others will be excluded */
  status?: string;
  /** The document class to filter, all others will be excluded */
  subtype?: 'Encounter' | 'Document';
}

/**
 * The admin operations of the table, one thin method each: the base of the public
 * `AdminResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedAdminResource extends APIResource {
  /**
   * Get the list of messages for the given user and folder.
   *
   * `GET /usermessages/{username}`
   * @example
   * for await (const item of athena.admin.listUserMessages('1')) console.log(item);
   */
  listUserMessages(username: string, params: ListUserMessagesParams = {}, options?: RequestOptions): PagedList<AthenaRecord> {
    return this.caller.list(ops.listUserMessages, { ...params, username: username }, options);
  }

  /**
   * Send a message from the given user to a list of users.
   *
   * `POST /usermessages/{username}`
   * @example
   * const result = await athena.admin.sendUserMessage('1', { message: 'Your lab results are ready.', recipientlist: 'jdoe,asmith', subject: 'Lab results' });
   */
  sendUserMessage(username: string, params: SendUserMessageParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.sendUserMessage, { ...params, username: username }, options);
  }

  /**
   * Update the message's read or flagged status.
   *
   * `PUT /usermessages/{username}/{messageid}`
   * @example
   * const result = await athena.admin.updateUserMessage('1', '1');
   */
  updateUserMessage(username: string, messageId: string, params: UpdateUserMessageParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateUserMessage, { ...params, username: username, messageid: messageId }, options);
  }

  /**
   * Move this message to the TRASH folder.
   *
   * `DELETE /usermessages/{username}/{messageid}`
   * @example
   * const result = await athena.admin.deleteUserMessage('1', '1');
   */
  deleteUserMessage(username: string, messageId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteUserMessage, { username: username, messageid: messageId }, options);
  }

  /**
   * Lists the staff inbox configuration of a department.
   *
   * `GET /configuration/inbox/staff`
   * @example
   * const result = await athena.admin.listStaffInboxConfiguration({ departmentid: '1' });
   */
  listStaffInboxConfiguration(params: ListStaffInboxConfigurationParams, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.listStaffInboxConfiguration, { ...params }, options);
  }

  /**
   * Lists the tasks in a staff member's inbox.
   *
   * `GET /staff/inbox`
   * @example
   * for await (const item of athena.admin.listStaffInboxTasks({ staffname: 'jdoe' })) console.log(item);
   */
  listStaffInboxTasks(params: ListStaffInboxTasksParams, options?: RequestOptions): PagedList<InboxTask> {
    return this.caller.list(ops.listStaffInboxTasks, { ...params }, options);
  }
}
