export { ScheduleCalendar } from './ScheduleCalendar';
export type { CalendarView } from './calendarView';
export { initialView, visibleRange } from './calendarView';
