export { OutboxList } from './components/OutboxList.tsx';
